/**
 * The currencies an order's value is most often in, offered first: the baht and the partner cities'
 * own (yen, won, yuan), the dollar and the euro. Any other ISO 4217 code may be typed; the contract
 * checks it against the codes the runtime knows.
 */
export const commonCurrencies = ['THB', 'JPY', 'KRW', 'CNY', 'USD', 'EUR'] as const;

export function isCommonCurrency(code: string): boolean {
  return (commonCurrencies as readonly string[]).includes(code);
}
