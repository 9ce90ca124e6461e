import sys

from newsclean._cli import main

sys.exit(main())
