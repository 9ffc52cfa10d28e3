/* poortwachter-man: writes the man page poortwachter(1) to standard output (run by the build). */
#include "cli.h"

int main(void)
{
	int rc = cli_man(stdout);
	if (fflush(stdout) != 0)
		return 1;
	return rc;
}
