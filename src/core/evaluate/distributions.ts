import betainc from '@stdlib/math-base-special-betainc';
import erfc from '@stdlib/math-base-special-erfc';
import gammaln from '@stdlib/math-base-special-gammaln';

/**
 * The t distribution, central and noncentral, to the accuracy paired-change figures need (R's
 * pt and pt(ncp =) to about 1e-13 on the figures checked in tests/evaluate). The special
 * functions come from @stdlib; the noncentral CDF follows Lenth's AS 243 as R's pnt.c does, which
 * no library here offers.
 */

const EPS = 2.220446049250313e-16;
const LN_SQRT_PI = 0.5723649429247001; // log(sqrt(pi))
const SQRT_2_OVER_PI = 0.7978845608028654;

/** The regularized incomplete beta I_x(a, b), as R's pbeta(x, a, b). */
const incompleteBeta = (x: number, a: number, b: number) => (x <= 0 ? 0 : x >= 1 ? 1 : betainc(x, a, b));

/** The standard normal CDF, as R's pnorm(x): each tail from erfc, so that neither loses digits. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** The central t CDF, as R's pt(t, df). */
export function tCdf(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const x = df / (df + t * t);
  // For small |t| the tail near 1/2 is better from the other side of the beta.
  const tail = x > 0.9 ? 0.5 - 0.5 * incompleteBeta((t * t) / (df + t * t), 0.5, df / 2) : 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * The noncentral t CDF P(T <= t) with df degrees of freedom and noncentrality ncp, as R's
 * pt(t, df, ncp) computes it: Lenth's algorithm AS 243 (1989), R's pnt.c, with its error bound
 * 1e-12 and at most 1000 terms.
 */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  if (ncp === 0) return tCdf(t, df);
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  let negdel = false;
  let tt = t;
  let del = ncp;
  if (t < 0) {
    if (ncp > 40) return 0;
    negdel = true;
    tt = -t;
    del = -ncp;
  }
  // As pnt.c: for very large df or ncp, the normal approximation (the series would underflow).
  if (df > 4e5 || del * del > 2 * Math.LN2 * 1021) {
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    return negdel ? normalCdf(-z) : normalCdf(z);
  }
  const x = (tt * tt) / (tt * tt + df);
  let tnc = 0;
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    let q = SQRT_2_OVER_PI * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = (1 - x) ** b;
    const albeta = LN_SQRT_PI + gammaln(b) - gammaln(0.5 + b);
    let xodd = incompleteBeta(x, a, b);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    tnc = b * x;
    let xeven = tnc < EPS ? tnc : 1 - rxb;
    let geven = tnc * rxb;
    tnc = p * xodd + q * xeven;
    for (let it = 1; it <= 1000; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      if (s < -1e-10) break;
      if (s <= 0 && it > 1) break;
      const errbd = 2 * s * (xodd - godd);
      if (Math.abs(errbd) < 1e-12) break;
    }
  }
  tnc += normalCdf(-del);
  const lower = !negdel;
  const value = Math.min(tnc, 1);
  return lower ? value : 1 - value;
}

/**
 * A root of f on [lo, hi] where f changes sign (Brent's method, to an absolute tolerance), as R's
 * uniroot does with a tight tol.
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number, tol = 1e-13): number {
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (fa * fb > 0) throw new RangeError('the function has the same sign at both ends');
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < 500; i++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * EPS * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
  }
  return b;
}
