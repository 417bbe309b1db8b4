/** The message shown instead of a result while a field is invalid. */
export const FIX_FIELD = 'Fix the highlighted field to see the result.';
