/** The market chooser as every face offers it: its label and what choosing a market does. */
export const MARKET_CHOICE = {
  label: 'Market',
  help: 'Price the running cost in a market: its currency, and its dated, sourced prices as the defaults',
} as const;

/**
 * A market as a chooser lists it, or the choice of none: "Germany, prices in EUR"; "None, prices in your
 * own currency".
 * @example marketHeading(getMarket('uk')) // 'United Kingdom, prices in GBP'
 */
export function marketHeading(market?: { name: string; currency: string }): string {
  return market ? `${market.name}, prices in ${market.currency}` : 'None, prices in your own currency';
}

/**
 * What the chosen market (or none) does to a calculator's prices, a sentence to show under the form.
 * @example marketCaption() // 'Prices are in your own currency; nothing is converted. Choose a market for its typical prices.'
 */
export function marketCaption(market?: { name: string; currency: string }): string {
  return market
    ? `Prices in ${market.currency}: the typical prices of the market chosen (${market.name}), dated and sourced, unless you change them.`
    : 'Prices are in your own currency; nothing is converted. Choose a market for its typical prices.';
}
