# Reference quantiles for tests/stats/quantiles.test.ts: R 4.2's qf on the degrees of freedom of
# Feldt's interval (n - 1, (n - 1)(k - 1)), both sides of R's switch to qchisq at df2 > 4e5, and qt
# for t.test's interval. Run from the repository root: Rscript tests/stats/psych-extras/quantiles.R
library(jsonlite)
grid <- expand.grid(p = c(0.025, 0.975), n = c(2, 3, 5, 10, 30, 240, 2800, 9999, 40000, 100001, 1e6), k = c(2, 3, 6, 16, 36))
f <- data.frame(p = grid$p, df1 = grid$n - 1, df2 = (grid$n - 1) * (grid$k - 1))
f$q <- qf(f$p, f$df1, f$df2)
t <- data.frame(p = 0.975, df = c(1, 2, 3, 5, 9, 29, 239, 2799, 99999, 1e6))
t$q <- qt(t$p, t$df)
write_json(list(qf = f, qt = t), "tests/stats/psych-extras/quantiles.json", digits = NA, pretty = TRUE)
