"""`python -m pipeline ...` is `dealpipe ...`."""

from pipeline.cli import main

if __name__ == "__main__":
    main(prog_name="dealpipe")
