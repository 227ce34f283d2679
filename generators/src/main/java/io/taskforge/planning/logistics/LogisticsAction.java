package io.taskforge.planning.logistics;

/**
 * One ground action of the logistics domain, over the object indices of a {@link LogisticsModel}.
 * Its canonical text ({@link LogisticsModel#text}) lists the arguments in the order of the IPC
 * PDDL domain: {@code load-truck PKG TRUCK PLACE}, {@code unload-truck PKG TRUCK PLACE}, {@code
 * load-airplane PKG PLANE PLACE}, {@code unload-airplane PKG PLANE PLACE}, {@code drive-truck TRUCK
 * FROM TO CITY}, {@code fly-airplane PLANE FROM TO}.
 *
 * @param op the operator
 * @param a the package (loads and unloads), the truck (drive) or the airplane (fly)
 * @param b the vehicle (loads and unloads: a truck or an airplane index) or the place left (drive, fly)
 * @param c the place of the load or unload, or the place reached (drive, fly)
 * @param city the city of a drive, or -1 when a plan line leaves it out (and for other operators)
 */
public record LogisticsAction(Op op, int a, int b, int c, int city) {
  /** The six operators, with their names in plans and in PDDL. */
  public enum Op {
    LOAD_TRUCK("load-truck", 3),
    UNLOAD_TRUCK("unload-truck", 3),
    LOAD_AIRPLANE("load-airplane", 3),
    UNLOAD_AIRPLANE("unload-airplane", 3),
    DRIVE_TRUCK("drive-truck", 4),
    FLY_AIRPLANE("fly-airplane", 3);

    private final String word;
    private final int arity;

    Op(String word, int arity) {
      this.word = word;
      this.arity = arity;
    }

    /** The operator's name in plans and in the PDDL domain. */
    public String word() {
      return word;
    }

    /** The number of arguments of the PDDL action. */
    public int arity() {
      return arity;
    }

    public boolean truck() {
      return this == LOAD_TRUCK || this == UNLOAD_TRUCK || this == DRIVE_TRUCK;
    }
  }

  public static LogisticsAction load(boolean truck, int pkg, int vehicle, int place) {
    return new LogisticsAction(truck ? Op.LOAD_TRUCK : Op.LOAD_AIRPLANE, pkg, vehicle, place, -1);
  }

  public static LogisticsAction unload(boolean truck, int pkg, int vehicle, int place) {
    return new LogisticsAction(truck ? Op.UNLOAD_TRUCK : Op.UNLOAD_AIRPLANE, pkg, vehicle, place, -1);
  }

  public static LogisticsAction drive(int truck, int from, int to, int city) {
    return new LogisticsAction(Op.DRIVE_TRUCK, truck, from, to, city);
  }

  public static LogisticsAction fly(int plane, int from, int to) {
    return new LogisticsAction(Op.FLY_AIRPLANE, plane, from, to, -1);
  }
}
