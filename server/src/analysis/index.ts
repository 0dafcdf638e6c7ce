// The analysis pipeline: one answer, for every front end, to what is analysed, what is ignored, how a letter
// is linted and which fixes go together.
export * from './pipeline';
export * from './fixes';
export * from './ignore';
export * from './encoding';
