/** Subscriptions to the result bus (src/host/resultBus.ts) for the life of a component. */
import { useEffect, useLayoutEffect, useRef } from "react";
import { subscribe, subscribeProgress } from "../host/resultBus";
import { subscribeConfirm } from "../host/confirmations";
import type { ActionListener, ConfirmListener, ProgressListener } from "../host/actionEvents";

/** Calls the latest `listener` for every outcome published while the component is mounted. */
export function useActionEvents(listener: ActionListener): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((event) => latest.current(event)), []);
}

/** Calls the latest `listener` for every progress report published while the component is mounted. */
export function useProgressEvents(listener: ProgressListener): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribeProgress((event) => latest.current(event)), []);
}

/** Calls the latest `listener` for every confirmation a run asks for while the component is mounted. */
export function useConfirmRequests(listener: ConfirmListener): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribeConfirm((request) => latest.current(request)), []);
}
