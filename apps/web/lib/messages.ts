import { choiceError, describeInputError, MARKET_CHOICE } from '@mini-ev/core';

/** The message shown instead of a result while a field is invalid. */
export const FIX_FIELD = 'Fix the highlighted field to see the result.';

/**
 * A market id the data set does not hold, in core's words (the CLI's --market says the same), named by the
 * chooser's label: Market: "xx" is not one of de, uk, nl, fr, us, cn.
 */
export const unknownMarket = (id: string, markets: readonly { id: string }[]) =>
  describeInputError(
    choiceError(
      'market',
      id,
      markets.map((m) => m.id),
    ),
    { system: 'metric', nameOf: () => MARKET_CHOICE.label },
  );
