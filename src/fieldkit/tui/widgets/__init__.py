"""Widgets: one answer input per question type, the section outline, the modals' parts."""
