"""Screens: thin views that collect input, call one service function, show the result."""
