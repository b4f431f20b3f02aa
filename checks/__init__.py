"""The rules of reportlint, one subpackage per family, each with its YAML data beside its code."""
