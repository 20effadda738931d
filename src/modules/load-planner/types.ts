/**
 * Plain data types of the container load planner.
 *
 * Two layers:
 *  - the *packing core* works in abstract integer units (cm for the BR benchmark,
 *    mm / grams for real shipments): {@link PackProblem} → {@link PackResult};
 *  - the *shipment layer* speaks the business language (lots in cm / kg, container
 *    types with prices): {@link ShipmentInput} → {@link ShipmentPlan}.
 */

/** Axis-aligned box dimensions [length (x), width (y), height (z)]. */
export type Dims = readonly [number, number, number];

/** One kind of box for the packing core. All values are integers. */
export interface CargoType {
  /** The three box dimensions, in any order. */
  dims: Dims;
  /** verticalAllowed[i] — dims[i] may stand vertical (be the height). */
  verticalAllowed: readonly [boolean, boolean, boolean];
  /** Number of boxes of this kind. */
  count: number;
  /** Weight of one box (integer, e.g. grams); 0 when unknown. */
  weight: number;
  /** Group (lot) index; boxes of one group are loaded as one contiguous run. */
  group: number;
}

/** The inside of one container for the packing core. */
export interface ContainerSpace {
  L: number;
  W: number;
  H: number;
  /** Payload in the same unit as CargoType.weight; Infinity when unbounded. */
  maxWeight: number;
}

export interface PackProblem {
  container: ContainerSpace;
  types: readonly CargoType[];
}

/** One placed box: minimum corner (x,y,z) and extent (l,w,h) along x, y, z. */
export interface Placement {
  /** 0-based index into PackProblem.types. */
  type: number;
  x: number;
  y: number;
  z: number;
  l: number;
  w: number;
  h: number;
}

export interface PackOptions {
  /** Require full support from below (no overhang). Default true. */
  support?: boolean;
  /** Wall-clock limit in milliseconds. Default 10 000. */
  timeLimitMs?: number;
  /** Seed of the PRNG used for diversification. Default 1. */
  seed?: number;
  /**
   * Work bound: maximum number of block placements simulated by the search
   * (summed over all greedy completions). When this bound, not the time limit,
   * ends the search, the result depends only on the input and the seed.
   */
  maxWork?: number;
  /** Keep each group's boxes as one contiguous run in the load sequence. Default true. */
  groupLots?: boolean;
  /** Upper bound on the number of generated blocks. Default 6000. */
  maxBlocks?: number;
  /** Minimum fill ratio of general (composite) blocks. Default 0.98; 0.99 with support from 30 box types on. */
  minFill?: number;
  /**
   * Also build general blocks by stacking one block on another's packing area.
   * Default: on with full support from 30 box types on (BR8–BR10, about +0.5 point),
   * else off (on BR1–BR7 it lowered the mean fill by about 0.8 points).
   */
  joinZ?: boolean;
  /**
   * Place blocks only from the back wall (x = 0) towards the door, as a real
   * loading crew does. Default false for benchmark use; the shipment layer sets it.
   */
  loadFromBack?: boolean;
  /**
   * Weight α of the lost-volume term in the block score V(b) − α·Vloss(b, space);
   * 0 ranks blocks by volume alone. Default 1.
   */
  lossWeight?: number;
  /** Group order (first loaded first). Default: ascending group index. */
  groupOrder?: readonly number[];
}

export interface PackStats {
  /** Block placements simulated. */
  work: number;
  /** Completed beam-search iterations. */
  iterations: number;
  /** Beam width of the last (possibly partial) iteration. */
  lastWidth: number;
  blocks: number;
  elapsedMs: number;
  /** True when the time limit (not the work bound or exhaustion) ended the search. */
  timedOut: boolean;
}

export interface PackResult {
  /** Boxes in load sequence (each box is supported by earlier ones). */
  placements: Placement[];
  /** Loaded box volume. */
  volume: number;
  /** volume / container volume. */
  utilisation: number;
  weight: number;
  /** Boxes left unplaced, per type. */
  unplaced: number[];
  stats: PackStats;
}

// ---------------------------------------------------------------- shipment layer

/** A lot: cartons of one size from one owner (merchant / declaration). */
export interface LotInput {
  /** Lot id, unique within the shipment. */
  id: string;
  /** Owner id or label (merchant, declaration). */
  owner: string;
  count: number;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  /** Gross weight of one carton, kg. */
  grossKg: number;
  /**
   * Which carton dimensions may stand vertical. "this side up" = only the height:
   * [false, false, true]. Default: all three.
   */
  verticalAllowed?: readonly [boolean, boolean, boolean];
}

/** A container type on offer. */
export interface ContainerTypeInput {
  /** Code such as "20GP", "40GP", "40HQ". */
  code: string;
  /** Inside dimensions, cm. */
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  /** Maximum payload, kg. */
  payloadKg: number;
  /** Price per container in integer minor units of `currency`. */
  priceMinor: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** How many of this type may be used at most. Default: unbounded. */
  available?: number;
}

export interface ShipmentInput {
  lots: readonly LotInput[];
  containers: readonly ContainerTypeInput[];
}

export interface ShipmentOptions {
  support?: boolean;
  /** Total time budget, ms. Default 20 000. */
  timeLimitMs?: number;
  seed?: number;
  /** Work bound per container packing (see PackOptions.maxWork). */
  maxWorkPerContainer?: number;
  /**
   * "cheapest-mix" (default): the cheapest set of containers carrying every lot;
   * "single": the best fill of one container of the first listed type.
   */
  mode?: 'cheapest-mix' | 'single';
  /** Maximum containers in a mix. Default 12. */
  maxContainers?: number;
}

/** One carton in a plan, in cm / kg, minimum corner + extent. */
export interface CartonPlacement {
  lot: string;
  owner: string;
  /** Index of the carton within its lot, 1-based. */
  seq: number;
  xCm: number;
  yCm: number;
  zCm: number;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  grossKg: number;
}

export interface ContainerPlan {
  code: string;
  insideCm: [number, number, number];
  payloadKg: number;
  priceMinor: number;
  currency: string;
  /** Cartons in load sequence. */
  cartons: CartonPlacement[];
  loadedVolumeM3: number;
  utilisation: number;
  weightKg: number;
  /** Centre of gravity, cm from the back-left-floor corner. */
  centreOfGravityCm: [number, number, number];
  /** Lots in load order with carton counts. */
  lots: { lot: string; owner: string; cartons: number }[];
}

export interface ShipmentPlan {
  containers: ContainerPlan[];
  /** Summed price per currency, minor units. */
  totalPrice: { currency: string; amountMinor: number }[];
  /** True when every carton of every lot is placed. */
  complete: boolean;
  unplaced: { lot: string; owner: string; cartons: number }[];
  /** Lots split over more than one container. */
  splitLots: string[];
  support: boolean;
  elapsedMs: number;
}
