// Types of scripts/code-shape.mjs, for tests written in TypeScript.
export interface Limits { readonly functionLines: number; readonly functionBranches: number; readonly fileLines: number }
export const LIMITS: Readonly<Limits>;
export interface MeasuredFunction { readonly name: string; readonly line: number; readonly lines: number; readonly branches: number }
export interface MeasuredFile { readonly file: string; readonly lines: number; readonly functions: readonly MeasuredFunction[] }
export interface Offender {
  readonly kind: 'function' | 'file';
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly lines: number;
  readonly branches?: number;
  readonly score: number;
}
export function measureSource(fileName: string, text: string): MeasuredFile;
export function measurePaths(paths: readonly string[], cwd?: string): MeasuredFile[];
export function findOffenders(measured: readonly MeasuredFile[], limits?: Limits): Offender[];
