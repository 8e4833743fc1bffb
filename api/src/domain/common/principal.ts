/** The verified caller: always from a verified token, never from a body, query or header. */
export interface Principal {
  tenantId: string;
  userId: string;
  name: string;
}
