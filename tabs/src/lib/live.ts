import { estimateClockOffset, type ClockSample } from '@coachboard/api/domain';
import { focusManager, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

/** How often meeting surfaces ask for a live state; the server answers 304 when nothing moved. */
export const STATE_POLL_MS = 1000;
/** How often a countdown redraws between polls. */
export const COUNTDOWN_TICK_MS = 250;
/** Round trips kept for the clock offset; the shortest one wins. */
const SAMPLES_KEPT = 10;

/** One conditional read of a live resource: `data` is null when the server answered 304. */
export interface LiveAnswer<T> {
  data: T | null;
  /** The server's clock of the answer (`x-server-time`); NaN or absent when not sent. */
  serverTime?: number;
}

/** Props of {@link useLiveResource}. */
export interface LiveResourceOptions<T extends { etag: string }> {
  /** The resource's query key: every component that shows the resource shares its one poll. */
  queryKey: QueryKey;
  /** Reads the resource; with `etag` (the one last seen) an unchanged resource answers `data: null`. */
  read: (etag: string | undefined) => Promise<LiveAnswer<T>>;
  /** How often to ask; when components ask for different rates, the fastest wins. */
  intervalMs: number;
  /** True once the resource cannot change any more: polling stops. */
  settled?: (data: T) => boolean;
  /** Keep polling while the page is hidden (meeting surfaces that must stay in step). @default false */
  inBackground?: boolean;
  /** Called once per change the poll sees (not per component), with the previous and the new value. */
  onChange?: (previous: T, next: T) => void;
}

/**
 * The answer of a live-state endpoint, whose body also states the server clock (`serverNow`): that
 * one stands in when the `x-server-time` header did not come through.
 */
export function liveStateAnswer<T extends { serverNow: number }>(answer: {
  data: T | null;
  serverTime: number;
}): LiveAnswer<T> {
  return {
    data: answer.data,
    serverTime: Number.isFinite(answer.serverTime) ? answer.serverTime : answer.data?.serverNow,
  };
}

interface ServerClock {
  samples: ClockSample[];
  offsetMs: number;
}

const CLOCK_KEY = ['live', 'serverClock'] as const;
const NO_CLOCK: ServerClock = { samples: [], offsetMs: 0 };

/** Adds one round trip to the page's estimate of `serverTime - localTime`. */
function recordClock(client: QueryClient, sample: ClockSample): void {
  client.setQueryData<ServerClock>(CLOCK_KEY, (clock = NO_CLOCK) => {
    const samples = [...clock.samples.slice(1 - SAMPLES_KEPT), sample];
    return { samples, offsetMs: estimateClockOffset(samples) };
  });
}

/**
 * The page's estimate of the server clock's offset (`serverTime - localTime`, ms), from the round
 * trips of every live poll: one server, one clock, whichever resource measured it.
 */
export function useServerClockOffset(): number {
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: CLOCK_KEY,
    // Nothing to fetch: polls write the clock; an invalidation of every query keeps what they measured.
    queryFn: () => client.getQueryData<ServerClock>(CLOCK_KEY) ?? NO_CLOCK,
    initialData: NO_CLOCK,
    staleTime: Infinity,
    gcTime: Infinity,
    select: (clock: ServerClock) => clock.offsetMs,
  });
  return data;
}

/** One poll of one resource on one page (query client), shared by every component that shows it. */
interface Poll {
  /** Each component's rate and tick; the fastest rate wins, any component's tick does the read. */
  members: Map<symbol, { everyMs: number; tick: () => void }>;
  everyMs: number;
  timer: ReturnType<typeof setInterval> | undefined;
}

const polls = new WeakMap<QueryClient, Map<string, Poll>>();

/** Joins the poll of `hash`, starting it for the first component; the last one to leave stops it. */
function joinPoll(client: QueryClient, hash: string, everyMs: number, tick: () => void): () => void {
  const byKey = polls.get(client) ?? new Map<string, Poll>();
  polls.set(client, byKey);
  const poll: Poll = byKey.get(hash) ?? { members: new Map(), everyMs: 0, timer: undefined };
  byKey.set(hash, poll);
  const me = Symbol('member');
  poll.members.set(me, { everyMs, tick });

  const reschedule = (): void => {
    const fastest = Math.min(...[...poll.members.values()].map((m) => m.everyMs));
    if (poll.timer !== undefined && fastest === poll.everyMs) return;
    clearInterval(poll.timer);
    poll.everyMs = fastest;
    poll.timer = setInterval(() => poll.members.values().next().value?.tick(), fastest);
  };
  reschedule();
  return () => {
    poll.members.delete(me);
    if (poll.members.size > 0) {
      reschedule();
      return;
    }
    clearInterval(poll.timer);
    byKey.delete(hash);
  };
}

/**
 * A resource that changes while people look at it (a meeting's or a role-play's live state, a
 * board's version), kept current by polling with `If-None-Match`: a 304 keeps the value shown.
 * However many components show the resource, the page makes one request per interval, and every
 * answer feeds the page's estimate of the server clock (see {@link useServerClockOffset}).
 */
export function useLiveResource<T extends { etag: string }>(options: LiveResourceOptions<T>) {
  const { queryKey, read, intervalMs, settled, inBackground = false, onChange } = options;
  const client = useQueryClient();
  const hash = JSON.stringify(queryKey);

  const query = useQuery({
    queryKey,
    queryFn: async (): Promise<T> => {
      const previous = client.getQueryData<T>(queryKey);
      const sentAt = Date.now();
      const answer = await read(previous?.etag);
      const receivedAt = Date.now();
      if (answer.serverTime !== undefined && Number.isFinite(answer.serverTime)) {
        recordClock(client, { sentAt, receivedAt, serverTime: answer.serverTime });
      }
      if (answer.data) {
        if (previous && previous.etag !== answer.data.etag) onChange?.(previous, answer.data);
        return answer.data;
      }
      if (previous) return previous;
      const fresh = await read(undefined);
      if (!fresh.data) throw new Error('The service answered 304 to a first read.');
      return fresh.data;
    },
    // A component that mounts between two polls shows the value at hand instead of asking again.
    staleTime: intervalMs,
  });

  // The poll reads the latest options without restarting at every render (countdowns redraw often).
  const latest = useRef({ settled, inBackground });
  useEffect(() => {
    latest.current = { settled, inBackground };
  });
  useEffect(() => {
    const key = JSON.parse(hash) as QueryKey;
    // A tick skips while a read is under way, so that a slow network never stacks requests.
    return joinPoll(client, hash, intervalMs, () => {
      const current = client.getQueryCache().find<T>({ queryKey: key, exact: true });
      if (!current || current.state.fetchStatus !== 'idle') return;
      const data = current.state.data;
      if (data !== undefined && latest.current.settled?.(data)) return;
      if (!latest.current.inBackground && !focusManager.isFocused()) return;
      void client.refetchQueries({ queryKey: key, exact: true }, { cancelRefetch: false });
    });
  }, [client, hash, intervalMs]);

  const offsetMs = useServerClockOffset();
  return { ...query, offsetMs };
}

/** The current local time, redrawn every `intervalMs` while `active`. */
export function useNow(intervalMs: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, active]);
  return now;
}
