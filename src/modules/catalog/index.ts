export { CATEGORY_TREE, categoryLeaves, type CategoryNode } from './reference/category-tree.ts';
export { PRODUCT_KINDS, type ProductKind, type Unit as ProductKindUnit } from './reference/product-kinds.ts';
export { seedCategories, categoryTree, getCategory, categoryRows, categoryIdOf, type Category, type CategoryTreeNode } from './categories.ts';
export { ProductInput, ProductPatch, UNITS, unitPriceFor, toProductRow, type ProductRow } from './product-input.ts';
export {
  getProduct,
  createProduct,
  updateProduct,
  deleteProduct,
  listProducts,
  productsByIds,
  productCardsByIds,
  ProductQuery,
  type Product,
  type ProductCard,
} from './products.ts';
export { importProducts, readSheet, MAX_IMPORT_ROWS, type ImportReport, type ImportOptions, type ImageRefsHandler, type SheetFormat } from './import.ts';
export { exportProducts, type ExportOptions } from './export.ts';
export { COLUMNS as SPREADSHEET_COLUMNS, columnLabel, type SheetLang } from './spreadsheet-columns.ts';
export { productTemplate } from './template.ts';
export { wordProblem, PROBLEM_CODES } from './sheet-messages.ts';
export type { SheetProblem, ProblemLike } from './sheet-problems.ts';
export { parseCsv, csvLine, csvField } from './csv.ts';
export {
  productTerms,
  productTermsSql,
  reserveStock,
  releaseStock,
  termsFromRow,
  type ProductTerms,
  type ProductTermsRow,
} from './stock.ts';
export { CATALOG_MIGRATIONS } from './migrations/index.ts';
export * as images from './images/index.ts';
export type { ProductImage } from './images/index.ts';
export {
  searchDocumentRows,
  searchDocumentRowsByIds,
  countActiveProducts,
  hasActiveProducts,
  activeProductPageEnd,
  listedPrices,
  productRefsByIds,
  listedPriceSample,
  categoryList,
  type SearchDocumentRow,
} from './read-models.ts';
export { stallListingStats, type StallListings } from './stall-listings.ts';
export { setListingStatus, listingMerchant, listingIpHeld } from './listing-status.ts';
