// A program that is not a GoogleTest binary.
#include <cstdio>
int main() { std::puts("hello"); }
