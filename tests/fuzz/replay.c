/*
 * A plain main() for the fuzz targets, so that their corpus runs as an ordinary test under
 * any compiler: each argument is a file, or a folder whose files are all given to
 * LLVMFuzzerTestOneInput in name order. With clang, -fsanitize=fuzzer provides libFuzzer's
 * main instead (see tests/fuzz/run.sh).
 */
#define _DEFAULT_SOURCE /* DT_REG */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "cannot read %s\n", path);
		return 1;
	}
	uint8_t *data = NULL;
	size_t size = 0, cap = 0, n;
	do {
		if (size + 4096 > cap) {
			uint8_t *grown = realloc(data, cap = cap * 2 + 4096);
			if (!grown) {
				free(data);
				fclose(f);
				return 1;
			}
			data = grown;
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	int runs = 0, failed = 0;
	for (int i = 1; i < argc; i++) {
		DIR *dir = opendir(argv[i]);
		if (!dir) {
			failed |= run_file(argv[i]);
			runs++;
			continue;
		}
		char **names = NULL;
		size_t n = 0;
		for (struct dirent *e; (e = readdir(dir));) {
			if (e->d_name[0] == '.')
				continue;
			char **grown = realloc(names, (n + 1) * sizeof *names);
			if (!grown)
				break;
			names = grown;
			size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
			names[n] = malloc(len);
			snprintf(names[n++], len, "%s/%s", argv[i], e->d_name);
		}
		closedir(dir);
		if (n)
			qsort(names, n, sizeof *names, by_name);
		for (size_t k = 0; k < n; k++) {
			failed |= run_file(names[k]);
			runs++;
			free(names[k]);
		}
		free(names);
	}
	printf("%d inputs replayed\n", runs);
	return failed;
}
