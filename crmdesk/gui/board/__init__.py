"""The board: columns, cards and moves."""
