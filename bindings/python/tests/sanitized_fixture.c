/* Built with -fsanitize=undefined: the Python loader's tests check that such a library is
 * recognised (by its dependency on libubsan or its __ubsan_handle_* symbols) and skipped. */
int sanitized_fixture_add(int a, int b);

int sanitized_fixture_add(int a, int b)
{
	return a + b;
}
