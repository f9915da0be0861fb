"""French subjects set apart by an aside (`X, basé à Lyon, va racheter Y`): the parse roots
the opening name apart from its clause, the frame still reads it as the subject."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def test_name_before_an_aside_is_the_acquirer() -> None:
    sentence = (
        "Datalys, basé à Annecy, va racheter la totalité de Loue Hébergement, opérateur "
        "installé à Besançon, dans le cadre d'une opération rémunérée en actions."
    )
    frames = find_frames(load_model("fr")(sentence))
    roles = {(r, m.text) for f in frames if f.deal_type == "acquisition" for r, m in f.args}
    assert roles == {("acquirer", "Datalys"), ("target", "Loue Hébergement")}
