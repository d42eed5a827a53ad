package io.schemadiff.escape;

/**
 * GitHub Actions workflow commands ({@code ::error title=…::message}): the runner decodes
 * {@code %25}, {@code %0D}, {@code %0A} in the message, and also {@code %3A}, {@code %2C} in
 * property values, where a raw {@code :} or {@code ,} would end the value.
 */
public final class GithubCommand {
  private GithubCommand() {}

  public static String message(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  public static String property(String value) {
    return message(value).replace(":", "%3A").replace(",", "%2C");
  }
}
