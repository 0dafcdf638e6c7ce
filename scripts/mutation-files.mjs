// What mutation testing covers, for scripts/mutation.mjs (which runs it) and scripts/mutation-report.mjs (which
// reports it): the letter model, the rules (their engine and helpers too) and the pure features.
export const FOLDERS = ['server/src/letter', 'server/src/rules', 'server/src/features'];
/** Declarations only: nothing to mutate. */
export const DECLARATIONS = /(?:^|\/)types\.ts$/;
