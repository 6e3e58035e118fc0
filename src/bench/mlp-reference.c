/*
 * The C reference for `bench src/bench/sigmoid-8x8-circle*.json`: the same network as one loop over flat double
 * arrays. 2 inputs, 8 hidden layers of 8 sigmoid units, 2 class scores, cross-entropy averaged over the batch,
 * plain SGD, 200 points, full batch or one example per iteration; timed as GradFlow's bench times its engine:
 * rounds of 0.2 s after a 1 s warm-up, median printed. No records, no checks: the floor for this arithmetic.
 *
 *     gcc -O2 -o /tmp/mlp-reference src/bench/mlp-reference.c -lm && /tmp/mlp-reference 200 5
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N 200
#define L 9
static const int width[L + 1] = {2, 8, 8, 8, 8, 8, 8, 8, 8, 2};
static double w[L][8 * 8], b[L][8], gw[L][8 * 8], gb[L][8];
static double act[L + 1][N][8], delta[N][8], below[N][8];
static double x[N][2];
static int label[N];
static long iteration;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static double uniform(void) { return rand() / (RAND_MAX + 1.0); }

static double step(int batch) {
    int batches = (N + batch - 1) / batch;
    int from = (int) (iteration++ % batches) * batch;
    int size = from + batch > N ? N - from : batch;
    for (int s = 0; s < size; s++) {
        memcpy(act[0][s], x[from + s], sizeof x[0]);
    }
    for (int l = 0; l < L; l++) {
        int in = width[l], out = width[l + 1];
        for (int s = 0; s < size; s++) {
            for (int i = 0; i < out; i++) {
                double z = b[l][i];
                for (int j = 0; j < in; j++) {
                    z += w[l][i * in + j] * act[l][s][j];
                }
                act[l + 1][s][i] = l < L - 1 ? 1.0 / (1.0 + exp(-z)) : z;
            }
        }
    }
    double loss = 0;
    for (int s = 0; s < size; s++) {
        double *z = act[L][s];
        double m = z[0] > z[1] ? z[0] : z[1];
        double sum = exp(z[0] - m) + exp(z[1] - m);
        for (int k = 0; k < 2; k++) {
            double p = exp(z[k] - m) / sum;
            delta[s][k] = (p - (k == label[from + s])) / size;
        }
        loss -= z[label[from + s]] - m - log(sum);
    }
    for (int l = L - 1; l >= 0; l--) {
        int in = width[l], out = width[l + 1];
        memset(gw[l], 0, sizeof gw[l]);
        memset(gb[l], 0, sizeof gb[l]);
        for (int s = 0; s < size; s++) {
            for (int j = 0; j < in; j++) {
                below[s][j] = 0;
            }
            for (int i = 0; i < out; i++) {
                double g = delta[s][i];
                for (int j = 0; j < in; j++) {
                    gw[l][i * in + j] += g * act[l][s][j];
                    below[s][j] += w[l][i * in + j] * g;
                }
                gb[l][i] += g;
            }
            for (int j = 0; j < in; j++) {
                double a = act[l][s][j];
                delta[s][j] = below[s][j] * (1 - a) * a;
            }
        }
        for (int k = 0; k < in * out; k++) {
            w[l][k] -= 0.1 * gw[l][k];
        }
        for (int i = 0; i < out; i++) {
            b[l][i] -= 0.1 * gb[l][i];
        }
    }
    return loss / size;
}

static int compare(const void *a, const void *b) {
    double d = *(const double *) a - *(const double *) b;
    return (d > 0) - (d < 0);
}

int main(int argc, char **argv) {
    int batch = argc > 1 ? atoi(argv[1]) : N;
    double seconds = argc > 2 ? atof(argv[2]) : 5;
    srand(1);
    for (int l = 0; l < L; l++) {
        double stdv = 1 / sqrt(width[l]);
        for (int k = 0; k < width[l] * width[l + 1]; k++) {
            w[l][k] = (2 * uniform() - 1) * stdv;
        }
        for (int i = 0; i < width[l + 1]; i++) {
            b[l][i] = (2 * uniform() - 1) * stdv;
        }
    }
    for (int s = 0; s < N; s++) {
        x[s][0] = 10 * uniform() - 5;
        x[s][1] = 10 * uniform() - 5;
        label[s] = hypot(x[s][0], x[s][1]) < 2.5;
    }
    double sink = 0, warm = seconds * 0.2 < 1 ? seconds * 0.2 : 1;
    for (double end = now() + warm; now() < end;) {
        sink += step(batch);
    }
    int rounds = (int) ((seconds - warm) / 0.2);
    rounds = rounds < 3 ? 3 : rounds;
    double rates[4096];
    for (int r = 0; r < rounds && r < 4096; r++) {
        double start = now(), t;
        long n = 0;
        do {
            for (int i = 0; i < 16; i++) {
                sink += step(batch);
            }
            n += 16;
        } while ((t = now()) - start < 0.2);
        rates[r] = n / (t - start);
    }
    qsort(rates, rounds, sizeof rates[0], compare);
    double median = rounds % 2 ? rates[rounds / 2] : (rates[rounds / 2 - 1] + rates[rounds / 2]) / 2;
    printf("C loop (gcc -O2): 2-8x8-2 sigmoid, cross-entropy, batch %d, %d rounds of 0.2 s: median %.0f it/s"
           " (range %.0f .. %.0f)%s\n", batch, rounds, median, rates[0], rates[rounds - 1], sink != sink ? "!" : "");
    printf("iterations/s: %.0f\n", median);
    return 0;
}
