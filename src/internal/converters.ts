import type { ComplexAttributeConverter } from 'lit';

/**
 * Attribute converters that never leave a property in a state its element does not know:
 * a removed or unknown value falls back to the default (Lit's default converter gives `null`
 * or `NaN`).
 */

/** One of `values`; anything else (or no attribute) is `fallback`. */
export function oneOf<T extends string>(values: readonly T[], fallback: T): ComplexAttributeConverter<T> {
  return {
    fromAttribute: (value) => ((values as readonly (string | null)[]).includes(value) ? (value as T) : fallback),
    toAttribute: (value) => value,
  };
}

/** A whole number from `min` to `max`; anything else (or no attribute) is `fallback`. */
export function integer(min: number, max: number, fallback: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute: (value) => {
      const n = value === null || value.trim() === '' ? NaN : Number(value);
      return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
    },
  };
}
