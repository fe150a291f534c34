/** calc's JSON: float noise from summing never reaches the reader; exact figures stay exact. */
import { toJson } from '../../src/cli/json-out';

test('numbers carry at most 15 significant digits, as Excel keeps them', () => {
  const parsed = JSON.parse(
    toJson({
      total: 254999.99999999997,
      sum: 0.1 + 0.2,
      npv: 3573.079208612225,
      n: 12,
      rows: [1.005, -0.0000123456789012345678],
    }),
  ) as Record<string, unknown>;
  expect(parsed).toEqual({
    total: 255000,
    sum: 0.3,
    npv: 3573.07920861223,
    n: 12,
    rows: [1.005, -0.0000123456789012346],
  });
});
