# Reference values for tests/stats/alpha-if-dropped.test.ts: alpha if dropped where a pair of
# items was never answered together. psych::alpha() itself stops there (principal() refuses NAs in
# the correlation matrix), so each drop is psych's own formula, the internal alpha.1 that alpha()
# applies to C[-i, -i], on the pairwise-complete covariances of the remaining items; NA where
# those still hold an undefined pair. r.drop is psych's formula too: sum(C[, i]) - C[i, i] over
# sqrt(C[i, i] * sum(C[-i, -i])), NA whenever any covariance is. Run from the repository root:
#   Rscript tests/stats/drop-reference/reference.R
# It writes responses.csv and reference.json; the test needs no R.
suppressPackageStartupMessages({
  library(psych)
  library(jsonlite)
})
dir <- "tests/stats/drop-reference"
set.seed(17)
n <- 30
latent <- rnorm(n)
item <- function() pmin(5, pmax(1, round(3 + latent + rnorm(n, sd = 0.9))))
x <- data.frame(d1 = item(), d2 = item(), d3 = item(), d4 = item(), d5 = item())
# d4 only in the first 12 rows, d5 only from row 15: d4 and d5 are never answered together.
x$d4[13:n] <- NA
x$d5[1:14] <- NA
# A few answers skipped here and there.
x$d1[c(3, 20)] <- NA
x$d2[c(7)] <- NA
x$d3[c(11, 25, 26)] <- NA
write.csv(x, file.path(dir, "responses.csv"), row.names = FALSE, na = "")

C <- cov(x, use = "pairwise")
drop <- sapply(seq_len(ncol(x)), function(i) {
  Ci <- C[-i, -i, drop = FALSE]
  if (anyNA(Ci)) NA else psych:::alpha.1(Ci, cov2cor(Ci))$raw
})
r_drop <- sapply(seq_len(ncol(x)), function(i) (sum(C[, i]) - C[i, i]) / sqrt(C[i, i] * sum(C[-i, -i])))
# The same drops as psych::alpha() of the remaining items, where it runs.
alpha_of_rest <- sapply(seq_len(ncol(x)), function(i) tryCatch(suppressWarnings(alpha(x[, -i], check.keys = FALSE))$total$raw_alpha, error = function(e) NA))
stopifnot(isTRUE(all.equal(drop, alpha_of_rest)))
out <- list(
  r = R.version.string,
  psych = as.character(packageVersion("psych")),
  items = colnames(x),
  alpha_drop = lapply(drop, function(v) if (is.na(v)) NULL else v),
  r_drop = lapply(r_drop, function(v) if (is.na(v)) NULL else v)
)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE), file.path(dir, "reference.json"))
