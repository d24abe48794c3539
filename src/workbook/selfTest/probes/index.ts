/** Every probe of the self-test, in the order they run and show. */
import type { Probe } from "../types";
import { failedBatchLeftovers } from "./batches";
import { dataBarReadBack } from "./dataBars";
import { emptyNumberFormat, nullObjectChain, textStaysText } from "./cells";
import { eventsFired } from "./events";
import { autofitMergedRows, pageSetup, sizeUnits } from "./layout";
import { pageDefaults, refusedRequests, typedInput } from "./limits";
import { pageNumbering, pictures } from "./pages";
import { rulesReadBack } from "./rules";
import { nameClash, sheetSwap } from "./sheets";
import { requestSizeThai } from "./size";
import { apiSupport } from "./support";

export const PROBES: readonly Probe[] = [
  apiSupport,
  nullObjectChain,
  textStaysText,
  typedInput,
  emptyNumberFormat,
  sizeUnits,
  autofitMergedRows,
  pageSetup,
  pageNumbering,
  pictures,
  pageDefaults,
  rulesReadBack,
  dataBarReadBack,
  refusedRequests,
  nameClash,
  sheetSwap,
  failedBatchLeftovers,
  eventsFired,
  requestSizeThai,
];
