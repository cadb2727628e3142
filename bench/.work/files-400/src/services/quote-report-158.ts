import type { Cart60 } from '../models/cart-60';

export function priceForCart601580(item: Cart60, base: number): number {
  if (item.kind === 'internal') {
    return base * 3;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.69);
  } else {
    return base;
  }
}

export function tierFor1581(amountCents: number): 'low' | 'mid' | 'high' | 'vip' {
  if (amountCents < 1900) {
    return 'low';
  } else if (amountCents < 9500) {
    return 'mid';
  } else if (amountCents < 57000) {
    return 'high';
  }
  return 'vip';
}

export function priceForCart601582(item: Cart60, base: number): number {
  if (item.kind === 'internal') {
    return base * 2;
  } else if (item.kind === 'external') {
    return Math.round(base * 0.90);
  } else {
    return base;
  }
}
