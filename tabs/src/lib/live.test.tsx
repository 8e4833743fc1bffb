import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveResource, type LiveAnswer } from './live';

interface Doc {
  value: number;
  etag: string;
}

/** A server-side resource: answers 304 to the etag it holds, and records every read. */
function liveServer(serverClockAhead = 0) {
  const doc: Doc = { value: 1, etag: '"1"' };
  const server = { doc, reads: [] as (string | undefined)[] };
  const read = async (etag: string | undefined): Promise<LiveAnswer<Doc>> => {
    server.reads.push(etag);
    await Promise.resolve();
    const serverTime = Date.now() + serverClockAhead;
    return { data: etag === server.doc.etag ? null : server.doc, serverTime };
  };
  return { server, read };
}

function Shown({
  name,
  read,
  settled,
}: {
  name: string;
  read: (etag?: string) => Promise<LiveAnswer<Doc>>;
  settled?: (d: Doc) => boolean;
}) {
  const live = useLiveResource({ queryKey: ['doc'], read, intervalMs: 1000, settled, inBackground: true });
  return (
    <p data-testid={name} data-offset={live.offsetMs}>
      {live.data ? `value ${live.data.value}` : 'loading'}
    </p>
  );
}

const renderIn = (client: QueryClient, ui: ReactNode) =>
  render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);

beforeEach(() => {
  // Only the poll's clock is faked: promises and React's scheduling run as they do in the browser.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a live resource', () => {
  it('is read once per interval however many components show it, even when they mount at different times', async () => {
    const { server, read } = liveServer();
    const client = new QueryClient();
    const first = renderIn(client, <Shown name="a" read={read} />);
    expect(await screen.findByText('value 1')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(400));
    first.rerender(
      <QueryClientProvider client={client}>
        <Shown name="a" read={read} />
        <Shown name="b" read={read} />
        <Shown name="c" read={read} />
      </QueryClientProvider>,
    );
    const before = server.reads.length;
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(server.reads.length - before).toBe(5);
    // Every poll is conditional: the server answers 304 and the value stays on screen.
    expect(server.reads.slice(before)).toEqual(Array(5).fill('"1"'));
    expect(screen.getByTestId('c')).toHaveTextContent('value 1');
  });

  it('shows a change to every component with the next poll and stops polling once settled', async () => {
    const { server, read } = liveServer();
    const client = new QueryClient();
    const settled = (doc: Doc) => doc.value === 3;
    renderIn(
      client,
      <>
        <Shown name="a" read={read} settled={settled} />
        <Shown name="b" read={read} settled={settled} />
      </>,
    );
    expect(await screen.findAllByText('value 1')).toHaveLength(2);
    server.doc = { value: 3, etag: '"3"' };
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(await screen.findAllByText('value 3')).toHaveLength(2);
    const reads = server.reads.length;
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(server.reads.length).toBe(reads);
  });

  it('stops reading when the last component that shows it goes away', async () => {
    const { server, read } = liveServer();
    const client = new QueryClient();
    const view = renderIn(client, <Shown name="a" read={read} />);
    expect(await screen.findByText('value 1')).toBeInTheDocument();
    view.unmount();
    const reads = server.reads.length;
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(server.reads.length).toBe(reads);
  });

  it('estimates the server clock from its answers, the same for every component', async () => {
    const { read } = liveServer(90_000);
    const client = new QueryClient();
    renderIn(
      client,
      <>
        <Shown name="a" read={read} />
        <Shown name="b" read={read} />
      </>,
    );
    expect(await screen.findAllByText('value 1')).toHaveLength(2);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    for (const name of ['a', 'b']) {
      const offset = Number(screen.getByTestId(name).getAttribute('data-offset'));
      expect(offset).toBe(90_000);
    }
  });
});
