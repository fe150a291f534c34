/**
 * The business case's sections and size limits, apart from the zod schema so that the add-in's
 * first-render code (the calculation options, the layout name) can use them without loading zod.
 */
export const SECTIONS = ['gain', 'cost', 'investment'] as const;
/** The horizon a case may have: the sheet's År 1..År 50, so `calc` and `build` take the same cases. */
export const MAX_YEARS = 50;
/** Lines per section (gains, costs, investments), as the sheet lays them out. */
export const MAX_SECTION_LINES = 100;
