import type { ja } from './ja.ts';

/** The shape every catalog must have: the Japanese catalog's keys, any string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof ja>;
