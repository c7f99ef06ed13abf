"""The views of the one window: the board, and the lists and reports beside it."""
