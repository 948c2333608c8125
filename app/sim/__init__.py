"""Simulated site: chargers, meters and physics serving the real protocols on 127.0.0.1."""
