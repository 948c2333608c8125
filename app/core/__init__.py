"""Qt-free domain: value objects, validation, plans, algorithms. No I/O."""
