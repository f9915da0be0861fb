"""Imported once by the server that a LocalCluster's workers are forked from: the model is
loaded there, so every worker starts with it (instead of loading it after its start)."""

from pipeline.nlp.model import load_model

load_model()
