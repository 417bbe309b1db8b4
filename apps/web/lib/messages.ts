/** The message shown instead of a result while a field is invalid. */
export const FIX_FIELD = 'Fix the highlighted field to see the result.';

/** What the site says for a market id the data set does not hold. */
export const unknownMarket = (id: string, markets: readonly { id: string }[]) =>
  `Unknown market “${id}”: choose one of ${markets.map((m) => m.id).join(', ')}, or none.`;
