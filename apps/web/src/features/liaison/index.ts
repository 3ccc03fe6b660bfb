// Placeholder door of the liaison feature: replaced by the pages of the units directory and coverage.
export {};
