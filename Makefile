# gojc's build and test commands. Both find a JDK 21+ by themselves (scripts/find-jdk), so they
# work as typed even where the default java is older.

.PHONY: test build clean

# Compile everything and run every test.
test:
	@jdk=$$(scripts/find-jdk) && JAVA_HOME="$$jdk" PATH="$$jdk/bin:$$PATH" mvn -B verify

# Build the compiler and the gojc tool without running tests.
build:
	@jdk=$$(scripts/find-jdk) && JAVA_HOME="$$jdk" PATH="$$jdk/bin:$$PATH" mvn -B -Dmaven.test.skip=true package

clean:
	@jdk=$$(scripts/find-jdk) && JAVA_HOME="$$jdk" PATH="$$jdk/bin:$$PATH" mvn -B -q clean
