import { createContext, useContext } from 'react';
import type { ApiClient } from './api';

/** The API client for the signed-in user; tests provide one over a stubbed fetch. */
export const ApiContext = createContext<ApiClient | null>(null);

/** The typed API client. Feature hooks use it; components never call it directly. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi must be used inside an ApiContext provider.');
  return client;
}
