"""kg: news articles -> a knowledge graph of actors, posts, events and attributed claims."""

__version__ = "0.1.0"
