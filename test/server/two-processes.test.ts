/**
 * Scaling out (docs/SCALING.md): the server keeps no state of its own — sessions, rate limits,
 * idempotency keys and the audit chain live in PostgreSQL (what a process keeps in memory, its
 * session cache and rate-limit counts, follows the database) — so two processes on one database
 * answer alike, accept each other's sessions and share one rate limit. The scenarios are in
 * test/helpers/two-processes.ts; here both processes connect to PostgreSQL directly.
 */
import { describeTwoProcesses } from '../helpers/two-processes';

describeTwoProcesses('two server processes on one database');
