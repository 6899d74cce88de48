/**
 * The walk of every menu entry of the demo user `township` on a phone, list → record → back, failing on a
 * page error, an error page, an empty filter's "no results", text in the other language outside
 * the API's data, and an action button the record's allowedActions does not list (test/e2e/walk.ts).
 */
import { walkRole } from './walk';

walkRole('township', 'phone');
