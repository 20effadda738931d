// The catalogue's CSV is the platform's one CSV module (src/core/csv.ts): neutralising writer, COPY writer, reader.
export { parseCsv, csvField, csvLine, csvDocument, copyCsvLine, neutraliseCell, restoreCell, escapeQuotedFormula } from '../../core/csv.ts';
