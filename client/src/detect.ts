// Does the start of a plain-text file look like an IMR final determination letter? The one answer lives in
// the letter model (server/src/letter/detect.ts), shared with the workspace index and package.json firstLine.
export { looksLikeLetter } from '../../server/src/letter/detect';
