using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Model-binding messages in Vietnamese (what the user typed could not be read at all).</summary>
internal static class VietnameseModelBindingMessages
{
    public static void UseVietnamese(this DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị \"{value}\" không hợp lệ cho trường {field}.");
        p.SetMissingBindRequiredValueAccessor(field => $"Chưa nhập {field}.");
        p.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        p.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của trường {field} không hợp lệ.");
        p.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        p.SetValueMustBeANumberAccessor(field => $"Trường {field} phải là một số.");
        p.SetValueMustNotBeNullAccessor(value => $"Chưa nhập giá trị cho {value}.");
    }
}

/// <summary>ASP.NET Core Identity's messages in Vietnamese.</summary>
internal sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi xảy ra.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Dữ liệu đã bị người khác thay đổi; hãy tải lại trang và thử lại.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu không đúng.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và các ký tự . _ - @.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Tên đăng nhập \"{userName}\" đã được sử dụng.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Thư điện tử \"{email}\" đã được sử dụng.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Thư điện tử \"{email}\" không hợp lệ.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, #, !).");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Người dùng đã có vai trò {Domain.Roles.DisplayName(role)}.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Người dùng không có vai trò {Domain.Roles.DisplayName(role)}.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Tài khoản không bật chức năng khóa.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Mã xác thực không hợp lệ.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
