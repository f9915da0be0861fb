"""French chip counts: a compute contract's chips or accelerators are its GPUs (`12 000
accélérateurs Nvidia`), `accélérateurs graphiques` are GPUs, and an order's total
restated after `soit` (`600 serveurs équipés chacun de huit processeurs graphiques, soit
4 800 GPU au total`) is the order's, not a fleet, while the count each unit holds and the
servers are none. Invented names."""

from __future__ import annotations

from tests.nlp_support import french_deals


def _counts(text: str) -> list[tuple[float, str]]:
    (deal,) = french_deals(text)
    return [(q.value, q.unit) for q in deal.quantities]


def test_a_compute_contracts_accelerators_are_gpus() -> None:
    text = (
        "La start-up Orvalia AI a signé un contrat de capacité de calcul de 900 millions "
        "d'euros sur quatre ans avec Brumane Compute, fournisseur de cloud spécialisé, "
        "portant sur 12 000 accélérateurs Nvidia."
    )
    assert _counts(text) == [(12000.0, "GPU")]


def test_an_orders_total_after_soit_is_its_count() -> None:
    text = (
        "Le fournisseur de cloud souverain Nuvane Cloud a passé commande de 600 serveurs de "
        "calcul équipés chacun de huit processeurs graphiques, soit 4 800 GPU au total, "
        "auprès du fabricant nantais Kestrane Systèmes, pour un montant de 150 millions "
        "d'euros, a annoncé mardi ce dernier."
    )
    assert _counts(text) == [(4800.0, "GPU")]


def test_graphics_accelerators_are_gpus() -> None:
    text = (
        "Talvane Compute a passé commande auprès de l'intégrateur néerlandais Dorvel Systems "
        "de 768 accélérateurs graphiques (GPU), livrables en 2027, pour environ 35 millions "
        "d'euros."
    )
    assert _counts(text) == [(768.0, "GPU")]
