using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Gateway.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "AspNetUsers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Accounts made before their changes were published start at 1, as new ones do once their
            // creation is published, so no committed account has 0, the version of a request that sent none.
            migrationBuilder.Sql("""UPDATE "AspNetUsers" SET version = 1;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "AspNetUsers");
        }
    }
}
