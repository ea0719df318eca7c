"""marsad: Arabic conflict reporting into an evidence-backed event dataset."""

__version__ = "0.1.0"
